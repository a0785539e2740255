import { PRACTICE_KEY } from './storage-keys';

/** The reader's practice-mode setting in localStorage: `'on'`, or absent. */
export { PRACTICE_KEY };

/**
 * The script that runs before the page paints: it marks the page as scripted
 * (`html[data-js]`), so controls that only work with JavaScript take their place from
 * the first frame instead of pushing the page down later, and in practice mode it hides
 * answers from the first frame instead of letting them flash into view. Served as a
 * file of its own (src/pages/practice-init.js.ts): a strict CSP allows no inline script.
 */
// Without storage (privacy modes) the catch leaves practice mode off.
export const practiceInitScript = () =>
  `(function(d){d.dataset.js='';try{if(localStorage.getItem(${JSON.stringify(PRACTICE_KEY)})==='on')d.dataset.practice=''}catch(e){}})(document.documentElement);
`;
