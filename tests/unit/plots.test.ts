import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../src/plots/server.ts';

describe('compactSvg(markup)', () => {
  it('rounds coordinates in geometry attributes to a tenth and leaves text alone', () => {
    const svg = '<svg><path d="M40.123,170.987L210.05,20"></path><g transform="translate(49.99999999999999,0)"><text y="0.71em" x="3.333">0.25</text></g></svg>';
    expect(compactSvg(svg)).toBe('<svg><path d="M40.1,171L210.1,20"></path><g transform="translate(50,0)"><text y="0.71em" x="3.3">0.25</text></g></svg>');
  });
});
