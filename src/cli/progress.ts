/**
 * Progress of the reading phase on stderr, for long runs: a line rewritten in place, only on a
 * terminal (a log file or a pipe gets the summary lines alone), at most every 200 ms.
 */
export class Progress {
  private read = 0;
  private label = '';
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly enabled: boolean,
    private readonly total: number,
  ) {}

  file(label: string): void {
    this.label = label;
    this.draw(false);
  }

  bytes(n: number): void {
    this.read += n;
    this.draw(false);
  }

  done(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 200) return;
    this.last = now;
    const ratio = this.total ? this.read / this.total : 1;
    this.stream.write(
      `\r\x1b[Kdatamed-build: reading ${(ratio * 100).toFixed(0)} % (${(this.read / 1e6).toFixed(1)} of ${(this.total / 1e6).toFixed(1)} MB) ${this.label}`,
    );
    this.shown = true;
  }
}
