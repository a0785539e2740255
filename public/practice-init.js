// Runs before the page paints so that, in practice mode, answers are hidden from the
// first frame instead of flashing into view. External file: a strict CSP allows it.
try {
  if (localStorage.getItem('transformer-qa:practice:v1') === 'on') document.documentElement.dataset.practice = '';
} catch (e) {
  /* storage unavailable: practice mode stays off */
}
