/**
 * The slot for document sets and groups in the document browser (issue 13.4). The sets feature
 * builds renderer/views/sets/DocumentSetsSection.tsx; once it exists, render it here. Until then
 * the slot renders nothing (a placeholder text would be a stub shown to researchers).
 */
export function DocumentSetsSlot() {
  return null;
}
