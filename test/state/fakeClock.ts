/** A clock that only moves when a test moves it. */
export class FakeClock {
  private time = Date.parse('2025-01-01T00:00:00.000Z');

  readonly now = (): number => this.time;

  async advance(ms: number): Promise<void> {
    this.time += ms;
  }
}
