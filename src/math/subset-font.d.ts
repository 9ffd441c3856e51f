declare module 'subset-font' {
  /** HarfBuzz's subsetter: `font` cut down to the glyphs `text` needs (and the glyphs those need). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[]; variationAxes?: Record<string, number> },
  ): Promise<Buffer>;
}
