/**
 * The pre-authenticated download URL `GET /emulator/download/{token}`: anonymous, as
 * SharePoint's own download URLs need no Authorization header. An expired or forged token is a
 * 401; a token whose file was deleted or has since been replaced (it names one version) is a 404.
 */
import { GraphError, notFound } from '../http/graph-error';
import type { Router } from '../http/router';
import { verifyDownloadToken } from './download-token';
import { getItem, readContent } from './drive-store';
import { DOWNLOAD_PATH, downloadKey, eTagOf } from './item-json';

export function registerDownloadRoute(router: Router): void {
  router.add('GET', `${DOWNLOAD_PATH}/{token}`, { kind: 'anonymous' }, (req, ctx) => {
    const check = verifyDownloadToken(req.params.token ?? '', downloadKey(ctx), ctx.now());
    if (!check.ok) {
      throw new GraphError(
        401,
        'unauthenticated',
        check.reason === 'expired' ? 'The download URL has expired.' : 'The download URL is not valid.',
      );
    }
    const { driveId, itemId, version } = check.claims;
    const item = getItem(ctx, driveId, itemId);
    if (item === undefined || item.isFolder || item.version !== version) {
      throw notFound('The file version this download URL names no longer exists.', 'itemNotFound');
    }
    return {
      status: 200,
      headers: {
        'Content-Type': item.mimeType ?? 'application/octet-stream',
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(item.name)}`,
        ETag: eTagOf(item),
        'Cache-Control': 'private, max-age=0',
      },
      body: readContent(ctx, item.id),
    };
  });
}
