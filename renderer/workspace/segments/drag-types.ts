/** The MIME type a coding carries when dragged from the retrieved segments onto a code. */
export const CODING_DRAG_TYPE = 'application/x-mazmun-coding';
