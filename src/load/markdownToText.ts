// Markdown to plain paragraphs: the words stay, the markup goes (a first `# heading` becomes the title).

/** Plain text of a markdown body, and its first top-level heading when it opens the text. */
export function markdownToText(markdown: string): { text: string; title?: string } {
  let title: string | undefined;
  const lines: string[] = [];
  let inCodeFence = false;
  for (const rawLine of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inCodeFence = !inCodeFence;
      continue;
    }
    // Code is not article prose.
    if (inCodeFence) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading && title === undefined && lines.every((line) => line.trim() === '')) {
      title = inlineToText(heading[1]);
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(rawLine)) {
      lines.push('');
      continue;
    }
    const line = rawLine
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s*(>\s?)+/, '')
      .replace(/^\s*([-*+]|\d+[.)])\s+/, '');
    lines.push(inlineToText(line));
  }
  return title === undefined ? { text: lines.join('\n') } : { text: lines.join('\n'), title };
}

function inlineToText(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}
