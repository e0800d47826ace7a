// The one error a gold file can raise: it names the file and the faulty item, so the annotator can fix it.
import { NewsgraphError } from '../../graph/errors.ts';

/** A gold file that cannot be read or breaks the format; the message names the file and the faulty item. */
export class GoldFileError extends NewsgraphError {
  readonly file: string;
  constructor(file: string, reason: string) {
    super('GOLD', `${file}: ${reason}`);
    this.file = file;
  }
}
