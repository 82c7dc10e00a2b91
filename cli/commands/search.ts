// `mazmun search`: not built yet (see the issue that asks for it).
import { notYet } from './not-yet';

export const searchCommand = notYet('search', '', '');
