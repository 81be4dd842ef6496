import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('passwords are kept as scrypt hashes', () => {
  it('the right password verifies, a wrong one does not, and two hashes of one password differ', async () => {
    const hash = await hashPassword('暖城-2025!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain('暖城');
    expect(await verifyPassword('暖城-2025!', hash)).toBe(true);
    expect(await verifyPassword('暖城-2024!', hash)).toBe(false);
    expect(await hashPassword('暖城-2025!')).not.toBe(hash);
  });

  it('a malformed stored hash never verifies', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
