// What offline reading loads on first use (the first click on "save all", or a waiting
// update): one chunk, so the registration script that runs on every page names one file.
export { saveAll } from './offline-save';
export { showUpdate } from './offline-update';
