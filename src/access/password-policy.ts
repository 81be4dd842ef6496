/**
 * The minimum a password must meet, for the admin seed, new users and resets: at least 10 characters, not one
 * short pattern repeated (`aaaaaaaaaa`, `abcabcabca`), not a run along the alphabet, the digits or the keyboard
 * (`0123456789`, `qwertyuiop`), not a well-known password, and not the username. Returns the reason (zh-CN) or null.
 */
export const MIN_PASSWORD_LENGTH = 10;

// The most common passwords at or above 10 characters in published leak lists, and the obvious local ones.
const common = new Set([
  'password123',
  'password1234',
  'password12345',
  'passw0rd123',
  'p@ssw0rd123',
  'administrator',
  'admin12345',
  'admin123456',
  'admin@12345',
  'admin@123456',
  'qwerty12345',
  'qwerty123456',
  '1q2w3e4r5t',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  'iloveyou123',
  'woaini1314',
  'woaini520520',
  '5201314520',
  'abc1234567',
  'abcd123456',
  'a123456789',
  'aa123456789',
  'qq123456789',
  '123456789a',
  '1234567890a',
  'welcome123',
  'letmein123',
  'changeme123',
  'nuancheng123',
  'nuancheng2024',
  'nuancheng2025',
  'ordos123456',
  'eerduosi123',
]);

const keyboardRows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/** The whole password is one run along the alphabet, the digits or a keyboard row, either way. */
function isRun(text: string): boolean {
  const lower = text.toLowerCase();
  return keyboardRows.some((row) => {
    const both = [row.repeat(3), [...row].reverse().join('').repeat(3)];
    return both.some((line) => line.includes(lower));
  });
}

/** The password is a pattern of up to 4 characters repeated (`aaaa…`, `abab…`, `abcabc…`), or has under 4 distinct. */
function isRepetitive(text: string): boolean {
  const chars = [...text];
  if (new Set(chars).size < 4) return true;
  for (let period = 1; period <= 4; period++) {
    if (chars.every((char, index) => char === chars[index % period])) return true;
  }
  return false;
}

export function passwordProblem(password: string, username?: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符(现为 ${length} 个)`;
  if (isRepetitive(password)) return '密码过于简单:不能只是少数字符的重复';
  if (isRun(password)) return '密码过于简单:不能是连续的数字、字母或键盘按键';
  const lower = password.toLowerCase();
  if (common.has(lower)) return '密码过于常见,请换一个';
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}
