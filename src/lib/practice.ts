/** The reader's practice-mode setting in localStorage: `'on'`, or absent. */
export const PRACTICE_KEY = 'transformer-qa:practice:v1';

/**
 * The script that runs before the page paints, so that in practice mode answers are
 * hidden from the first frame instead of flashing into view. Served as a file of its
 * own (src/pages/practice-init.js.ts): a strict CSP allows no inline script.
 */
export const practiceInitScript = () =>
  `try {
  if (localStorage.getItem(${JSON.stringify(PRACTICE_KEY)}) === 'on') document.documentElement.dataset.practice = '';
} catch (e) {
  /* storage unavailable: practice mode stays off */
}
`;
