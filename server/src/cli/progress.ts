/** A progress bar on stderr, drawn only when stderr is a terminal. */
export class Progress {
  private last = 0;
  private readonly enabled: boolean;

  constructor(private readonly label: string, stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true && !process.env.CI;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  update(done: number, total: number, current: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && done < total) return;
    this.last = now;
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const name = current.length > 40 ? `…${current.slice(-39)}` : current;
    this.stream.write(`\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
