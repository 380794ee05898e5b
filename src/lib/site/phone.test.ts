import { describe, expect, it } from 'vitest';
import { phoneText, telHref } from './phone.ts';

describe('phone links', () => {
  it('dials only digits and a leading plus', () => {
    expect(telHref('0000-12345678')).toBe('tel:000012345678');
    expect(telHref('12333')).toBe('tel:12333');
    expect(telHref('+86 10 1234 5678')).toBe('tel:+861012345678');
  });
  it('shows the number with non-breaking hyphens', () => {
    expect(phoneText('0000-12345678')).toBe('0000\u201112345678');
    expect(phoneText('12333')).toBe('12333');
  });
});
