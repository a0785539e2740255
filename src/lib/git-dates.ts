/**
 * When each content file last changed, from `git log --format=%x00%cs --name-only`:
 * a NUL-led date line per commit (newest first) followed by the files it touched.
 * The first date seen for a file is its last change.
 */
export function lastChangeDates(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | null = null;
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim();
    else if (line.trim() && date && !dates.has(line.trim())) dates.set(line.trim(), date);
  }
  return dates;
}
