/** The strength rule the server applies too (PUT /me/password answers 422 with the rule otherwise). */
export function passwordWeakness(password: string, username: string): 'short' | 'letterDigit' | 'username' | null {
  if (password.length < 10) return 'short';
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return 'letterDigit';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'username';
  return null;
}
