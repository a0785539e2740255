/** Keyboard shortcuts of the site, as data so the help dialog and the handler agree. */

export type Action = 'prev' | 'next' | 'search' | 'help' | 'reveal' | 'rate';

/** The key pressed: a KeyboardEvent as it is. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed. */
export interface KeyContext {
  /** The reader has text selected (Shift+arrow extends it; it must not turn the page). */
  selecting: boolean;
  /** The focused element is a text field, select or editable region. */
  typing: boolean;
  /** The focused element is a button, link or other control that Space/Enter activates. */
  onControl: boolean;
}

/** `question`: only on a question page, which has neighbours and an answer to reveal. */
export const SHORTCUTS: readonly { keys: string[]; action: Action; where: 'question' | 'everywhere' }[] = [
  { keys: ['←'], action: 'prev', where: 'question' },
  { keys: ['→'], action: 'next', where: 'question' },
  { keys: ['/'], action: 'search', where: 'everywhere' },
  { keys: ['?'], action: 'help', where: 'everywhere' },
  { keys: ['Space'], action: 'reveal', where: 'question' },
  { keys: ['1', '2', '3', '4'], action: 'rate', where: 'question' },
];

/** The shortcuts that do something on a page of this kind, for its help dialog. */
export function shortcutsFor(page: 'question' | 'other') {
  return SHORTCUTS.filter((s) => s.where === 'everywhere' || page === 'question');
}

/** The action a key press triggers, or null to let the browser handle it. `answerShown`: a rating can be given. */
export function actionFor(e: KeyPress, at: KeyContext, practice: boolean, answerShown = false): Action | null {
  if (e.altKey || e.ctrlKey || e.metaKey || at.typing) return null;
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      // Shift+arrow extends a selection; with text selected, arrows move the caret.
      if (e.shiftKey || at.selecting) return null;
      return e.key === 'ArrowLeft' ? 'prev' : 'next';
    case '/':
      return 'search';
    case '?':
      return 'help';
    case '1':
    case '2':
    case '3':
    case '4':
      // Rate recall only once the answer is there to compare with.
      return answerShown ? 'rate' : null;
    case ' ':
      // Space keeps scrolling the page unless an answer is waiting to be revealed.
      return practice && !at.onControl ? 'reveal' : null;
    default:
      return null;
  }
}
