// Persian for shared/errors/codes-network.ts.
import type { NETWORK_ERRORS } from '../../../shared/errors/codes-network';

export const NETWORK_ERRORS_FA: { readonly [K in keyof typeof NETWORK_ERRORS]: string } = {};
