/** 홍길동 → 홍*동, 남궁민수 → 남**수, 이수 → 이* : lists show who, not their full name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** 010-1234-5678 → 010-****-5678; any digits-only or odd form keeps only its last four. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 4) return '*'.repeat(digits.length);
  const m = digits.match(/^(0\d{1,2})(\d{3,4})(\d{4})$/);
  if (m) return `${m[1]}-${'*'.repeat(m[2].length)}-${m[3]}`;
  return '*'.repeat(digits.length - 4) + digits.slice(-4);
}
