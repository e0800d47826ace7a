// Opens a URL in the system browser when there is one; where there is none (servers, CI) it quietly does nothing.
import { spawn } from 'node:child_process';

export function openBrowser(url: string): void {
  // A Linux box without a display has no browser to show: xdg-open would only print errors.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener installed: the URL is printed anyway.
  }
}
