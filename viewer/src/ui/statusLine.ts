// One line at the bottom of the page for what just happened (saved, loaded, failed); errors stay until replaced.
import { byId } from './element.ts';

let timer: ReturnType<typeof setTimeout> | undefined;

export function showStatus(message: string, tone: 'info' | 'error' = 'info'): void {
  const line = byId('status');
  line.textContent = message;
  line.dataset.tone = tone;
  line.hidden = false;
  clearTimeout(timer);
  if (tone === 'info') timer = setTimeout(() => (line.hidden = true), 4000);
}
