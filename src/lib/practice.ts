/** The reader's practice-mode setting in localStorage: `'on'`, or absent. */
export const PRACTICE_KEY = 'transformer-qa:practice:v1';

/**
 * The script that runs before the page paints: it marks the page as scripted
 * (`html[data-js]`), so controls that only work with JavaScript take their place from
 * the first frame instead of pushing the page down later, and in practice mode it hides
 * answers from the first frame instead of letting them flash into view. Served as a
 * file of its own (src/pages/practice-init.js.ts): a strict CSP allows no inline script.
 */
export const practiceInitScript = () =>
  `document.documentElement.dataset.js = '';
try {
  if (localStorage.getItem(${JSON.stringify(PRACTICE_KEY)}) === 'on') document.documentElement.dataset.practice = '';
} catch (e) {
  /* storage unavailable: practice mode stays off */
}
`;
