/**
 * Routes Graph paths to handlers. Templates use `{name}` for one segment and `{name*}` for the
 * rest of the path; the template itself names the route in `/emulator/stats`. Rewriters run
 * first so that Graph's path-based addressing (`/sites/host:/sites/path:/lists`, `root:/a.xlsx:`)
 * becomes id-based addressing before matching.
 */
import type { EmuRequest, EmuResponse } from './exchange';
import { GraphError, methodNotAllowed } from './graph-error';
import type { Principal } from '../auth/principal';
import type { EmulatorContext } from '../context';

export type AuthRule =
  /** No token needed (token endpoint, emulator administration). */
  | { readonly kind: 'anonymous' }
  /** A valid token whose scopes include at least one of `anyOf`. */
  | { readonly kind: 'scopes'; readonly anyOf: readonly string[] };

export interface RouteRequest extends EmuRequest {
  readonly params: Readonly<Record<string, string>>;
  /** Present on every route whose rule is `scopes`. */
  readonly principal: Principal;
  readonly route: string;
}

export type Handler = (req: RouteRequest, ctx: EmulatorContext) => EmuResponse | Promise<EmuResponse>;

export interface Route {
  readonly method: string;
  readonly template: string;
  readonly auth: AuthRule;
  readonly handler: Handler;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

export type Rewriter = (path: string, ctx: EmulatorContext) => string;

export interface Match {
  readonly route: Route;
  readonly params: Record<string, string>;
}

function compile(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) =>
      segment.replace(/\{([A-Za-z][\w-]*)(\*?)\}|[^{}]+/g, (whole, name?: string, rest?: string) => {
        if (name === undefined) return whole.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
        names.push(name);
        return rest === '*' ? '(.+)' : '([^/]+)';
      }),
    )
    .join('/');
  return { pattern: new RegExp(`^${source}$`, 'i'), names };
}

export class Router {
  private readonly registered: Route[] = [];
  private readonly rewriters: Rewriter[] = [];

  add(method: string, template: string, auth: AuthRule, handler: Handler): this {
    const { pattern, names } = compile(template);
    this.registered.push({ method: method.toUpperCase(), template, auth, handler, pattern, names });
    return this;
  }

  /** Every registered route, in matching order (read-only: for statistics, documentation and tests). */
  routes(): readonly Route[] {
    return [...this.registered];
  }

  rewrite(rewriter: Rewriter): this {
    this.rewriters.push(rewriter);
    return this;
  }

  /** Applies the rewriters (Graph path-based addressing) to a path. */
  normalise(path: string, ctx: EmulatorContext): string {
    return this.rewriters.reduce((current, rewriter) => rewriter(current, ctx), path);
  }

  /** Finds the route for a normalised path; 404 for an unknown path, 405 for a known path and wrong method. */
  match(method: string, path: string): Match {
    let pathKnown = false;
    for (const route of this.registered) {
      const found = route.pattern.exec(path);
      if (found === null) continue;
      pathKnown = true;
      if (route.method !== method.toUpperCase()) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = found[index + 1] ?? '';
      });
      return { route, params };
    }
    if (pathKnown) throw methodNotAllowed();
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${lastSegment(path)}'.`);
  }
}

function lastSegment(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  return (segments[segments.length - 1] ?? '').slice(0, 100);
}
