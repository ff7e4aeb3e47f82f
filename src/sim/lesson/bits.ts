/** Bit strings for the lesson codes: written and read most significant bit first. Pure. */

export class BitWriter {
  readonly bits: number[] = [];

  /** Write `value` (a non-negative integer below 2^width) in `width` bits. */
  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }
}

export class BitReader {
  private at = 0;
  constructor(private readonly bits: readonly number[]) {}

  get left(): number {
    return this.bits.length - this.at;
  }

  /** The next `width` bits as a number, or undefined when fewer are left. */
  read(width: number): number | undefined {
    if (width > this.left) return undefined;
    let value = 0;
    for (let i = 0; i < width; i++) value = value * 2 + (this.bits[this.at++] as number);
    return value;
  }

  /** True when nothing but zero padding is left. */
  onlyZerosLeft(): boolean {
    for (let i = this.at; i < this.bits.length; i++) if (this.bits[i] !== 0) return false;
    return true;
  }
}

/** Bits needed to write any of `count` different values (0 when there is only one). */
export function widthFor(count: number): number {
  let width = 0;
  while (2 ** width < count) width++;
  return width;
}
