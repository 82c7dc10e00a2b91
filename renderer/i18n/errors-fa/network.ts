// Persian for shared/errors/codes-network.ts.
import type { NETWORK_ERRORS } from '../../../shared/errors/codes-network';

export const NETWORK_ERRORS_FA: { readonly [K in keyof typeof NETWORK_ERRORS]: string } = {
  'network.noSuchGlobal': 'پروژه مضمون فراگیری به نام «{name}» ندارد (مضامین فراگیر آن: {globals})',
  'network.noGlobals': 'پروژه مضمون فراگیری به نام «{name}» ندارد: هیچ مضمونی در آن نیست',
};
