/**
 * CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF) over a bit string. A CRC of 16 bits
 * catches every error confined to 16 consecutive bits: so every mistyped character (5 bits)
 * and every swap of two neighbours (10 bits) in a code. The non-zero start catches a code
 * of all zeros. Pure.
 */
export function crc16(bits: readonly number[]): number {
  let crc = 0xffff;
  for (const bit of bits) {
    const top = (crc >>> 15) & 1;
    crc = (crc << 1) & 0xffff;
    if ((top ^ bit) === 1) crc ^= 0x1021;
  }
  return crc;
}
