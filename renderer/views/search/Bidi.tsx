import type { ReactNode } from 'react';

/**
 * A translated sentence with user content isolated (<bdi>): a Persian code name inside English
 * quotes, or an English one in a Persian sentence, must not reorder the sentence around it.
 * `sentence` is the message rendered with MARK in place of the value.
 */
export const MARK = '\u0000';

export function Isolated({ sentence, value }: { sentence: string; value: string }): ReactNode {
  const [before, after] = sentence.split(MARK);
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after ?? ''}
    </>
  );
}
