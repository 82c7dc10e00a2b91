// `mazmun text`: not built yet (see the issue that asks for it).
import { notYet } from './not-yet';

export const textCommand = notYet('text', '', '');
