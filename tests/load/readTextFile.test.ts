import { afterAll, describe, expect, it, vi } from 'vitest';

// readFileSync is wrapped (not replaced) so the test can prove an oversized file is never read.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

const { closeSync, openSync, ftruncateSync, readFileSync: readFile } = await import('node:fs');
const { readTextFile } = await import('../../src/load/readTextFile.ts');
const { MAX_INPUT_BYTES } = await import('../../src/load/inputLimits.ts');
const { createTempFolder } = await import('./tempFolder.ts');

const folder = createTempFolder();
afterAll(() => folder.remove());

describe('readTextFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const file = folder.write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café opens.', 'utf8')]));
    vi.mocked(readFile).mockClear();
    expect(await readTextFile(file)).toEqual({ text: 'Café opens.' });
    // The wrapper sees ordinary reads, so its silence on the oversized file below means something.
    expect(vi.mocked(readFile)).toHaveBeenCalledWith(file);
  });

  it('skips a 50 MB file by its size, without reading it', async () => {
    const file = folder.write('huge.txt', '');
    const handle = openSync(file, 'r+');
    ftruncateSync(handle, 50 * 1024 * 1024);
    closeSync(handle);
    vi.mocked(readFile).mockClear();
    const started = performance.now();
    const result = await readTextFile(file);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ path: file });
    expect('reason' in result && result.reason).toMatch(/^file is 50 MB, over the 10 MB limit for one input; one article is never this big/);
    expect(vi.mocked(readFile)).not.toHaveBeenCalled();
    expect(MAX_INPUT_BYTES).toBe(10 * 1024 * 1024);
  });

  it('advises splitting an oversized .jsonl file', async () => {
    const file = folder.write('huge.jsonl', '');
    const handle = openSync(file, 'r+');
    ftruncateSync(handle, MAX_INPUT_BYTES + 1);
    closeSync(handle);
    const result = await readTextFile(file);
    expect('reason' in result && result.reason).toMatch(/10\.1 MB, over the 10 MB limit.*split -l 1000/);
  });

  it('skips an empty file and a whitespace-only file', async () => {
    const empty = await readTextFile(folder.write('empty.txt', ''));
    const blank = await readTextFile(folder.write('blank.txt', '  \n\n\t\n'));
    expect('reason' in empty && empty.reason).toMatch(/empty/);
    expect('reason' in blank && blank.reason).toMatch(/only whitespace/);
  });

  it('skips a binary file, naming the NUL byte', async () => {
    const result = await readTextFile(folder.write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])));
    expect('reason' in result && result.reason).toMatch(/binary file \(NUL byte at offset 4\)/);
  });

  it('skips invalid UTF-8 and says on which line and byte', async () => {
    const head = Buffer.from('Line one is fine.\nLine two has a ', 'utf8');
    const file = folder.write('latin1.txt', Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' here.\n', 'utf8')]));
    const result = await readTextFile(file);
    expect(result).toMatchObject({ path: file, line: 2 });
    expect('reason' in result && result.reason).toMatch(new RegExp(`invalid UTF-8 at byte ${head.length} \\(column 16\\); re-save the file as UTF-8`));
  });

  it('names UTF-16 text and how to convert it', async () => {
    const result = await readTextFile(folder.write('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')])));
    expect('reason' in result && result.reason).toMatch(/UTF-16.*re-save it as UTF-8/);
  });

  it('reports a path that cannot be read', async () => {
    const result = await readTextFile(`${folder.root}/gone.txt`);
    expect('reason' in result && result.reason).toMatch(/cannot read the file \(ENOENT\)/);
  });
});
