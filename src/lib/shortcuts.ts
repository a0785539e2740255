/** Keyboard shortcuts of the site, as data so the help dialog and the handler agree. */

export type Action = 'prev' | 'next' | 'search' | 'help' | 'reveal';

export interface KeyInfo {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element is a text field, select or editable region. */
  typing: boolean;
  /** The focused element is a button, link or other control that Space/Enter activates. */
  onControl: boolean;
}

export const SHORTCUTS: readonly { keys: string[]; action: Action }[] = [
  { keys: ['←'], action: 'prev' },
  { keys: ['→'], action: 'next' },
  { keys: ['/'], action: 'search' },
  { keys: ['?'], action: 'help' },
  { keys: ['Space'], action: 'reveal' },
];

/** The action a key press triggers, or null to let the browser handle it. */
export function actionFor(e: KeyInfo, practice: boolean): Action | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.typing) return null;
  switch (e.key) {
    case 'ArrowLeft':
      return 'prev';
    case 'ArrowRight':
      return 'next';
    case '/':
      return 'search';
    case '?':
      return 'help';
    case ' ':
      // Space keeps scrolling the page unless an answer is waiting to be revealed.
      return practice && !e.onControl ? 'reveal' : null;
    default:
      return null;
  }
}
