// Markdown to plain paragraphs: the words stay, the markup goes (a first `# heading` becomes the title).

/**
 * Plain text of a markdown body, one paragraph per markdown block (soft-wrapped lines joined, as markdown renders
 * them), and its first heading when it opens the text.
 */
export function markdownToText(markdown: string): { text: string; title?: string } {
  let title: string | undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let currentIsQuote = false;
  const flush = () => {
    const paragraph = current.join(' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  let inCodeFence = false;
  for (const rawLine of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      flush();
      inCodeFence = !inCodeFence;
      continue;
    }
    // Code is not article prose.
    if (inCodeFence) continue;
    if (rawLine.trim() === '' || /^\s*([-*_]\s*){3,}$/.test(rawLine)) {
      flush();
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading) {
      flush();
      if (title === undefined && paragraphs.length === 0) title = inlineToText(heading[1]);
      else paragraphs.push(inlineToText(heading[1]));
      continue;
    }
    const isQuote = /^\s*>/.test(rawLine);
    const isListItem = /^\s*([-*+]|\d+[.)])\s+/.test(rawLine);
    if (isListItem || isQuote !== currentIsQuote) flush();
    currentIsQuote = isQuote;
    current.push(inlineToText(rawLine.replace(/^\s*(>\s?)+/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, '')));
    if (isListItem) flush();
  }
  flush();
  const text = paragraphs.join('\n\n');
  return title === undefined ? { text } : { text, title };
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
