/**
 * The CLI's language: `--lang` (or `--lang=…`) on the command line, else `LC_ALL`, `LC_MESSAGES`
 * or `LANG` from the environment, else es-MX. Decided before commander builds its help, so the
 * help itself is in the chosen language.
 */
import { resolveLocale, type Locale } from '../../i18n';

export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return resolveLocale(argv[i + 1]);
    if (arg.startsWith('--lang=')) return resolveLocale(arg.slice('--lang='.length));
  }
  const fromEnv = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG;
  // POSIX "C"/"POSIX" locales say nothing about language: keep the product's default.
  if (fromEnv === undefined || /^(C|POSIX)(\.|$)/i.test(fromEnv)) return resolveLocale(undefined);
  return resolveLocale(fromEnv);
}
