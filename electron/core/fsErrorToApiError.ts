import path from 'node:path';
import { ApiError } from '@shared/api/apiError.ts';

/** A Node.js system error as thrown by `node:fs` (code like "ENOENT", plus the path involved). */
export interface NodeFsError extends Error {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

/** True for errors thrown by Node's file system calls (they carry a string `code` such as "EACCES"). */
export function isNodeFsError(error: unknown): error is NodeFsError {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/**
 * Turns a Node fs error into an ApiError a user can act on.
 * EROFS/EACCES/EPERM -> read-only, ENOSPC/EDQUOT -> disk-full, ENOENT -> not-found, EIO -> internal (a failing disk),
 * ENOTDIR/EISDIR/ENAMETOOLONG -> bad-input; anything else -> internal with the original message.
 * An ApiError passes through unchanged.
 */
export function fsErrorToApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (!isNodeFsError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new ApiError('internal', `Something went wrong while reading or writing files: ${message}`);
  }
  const target = error.path;
  switch (error.code) {
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new ApiError('read-only', `${whereFolder(error, 'The folder', 'A folder Newsdesk writes to')} is read-only; nothing was written.`, [
        describe(error),
      ]);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError(
        'disk-full',
        `${whereFolder(error, 'The disk holding', 'The disk')} is full; nothing was written. Free some space and try again.`,
        [describe(error)],
      );
    case 'ENOENT':
      return new ApiError('not-found', target ? `${quote(target)} does not exist.` : 'A file or folder does not exist.', [describe(error)]);
    case 'ENOTDIR':
      return new ApiError(
        'bad-input',
        target ? `Part of the path ${quote(target)} is a file, not a folder.` : 'Part of a path is a file, not a folder.',
        [describe(error)],
      );
    case 'EISDIR':
      return new ApiError('bad-input', target ? `${quote(target)} is a folder, not a file.` : 'A folder was found where a file was expected.', [
        describe(error),
      ]);
    case 'ENAMETOOLONG':
      return new ApiError('bad-input', 'A file or folder name is too long for this disk.', [describe(error)]);
    case 'EIO':
      return new ApiError(
        'internal',
        `${whereFolder(error, 'The disk holding', 'The disk')} reported a read/write error, so this did not complete. Check the disk (or its cable or network connection) and try again.`,
        [describe(error)],
      );
    default:
      return new ApiError('internal', `A file operation failed: ${error.message}`, [describe(error)]);
  }
}

/**
 * The folder a user has to fix: where the file or folder was being created, renamed or
 * removed (its parent), except when the folder itself could not be listed.
 */
function folderOf(error: NodeFsError): string | null {
  const target = error.dest ?? error.path;
  if (!target) return null;
  return error.syscall === 'opendir' || error.syscall === 'scandir' ? target : path.dirname(target);
}

/** "The folder “/x”" when the error names a path, else the generic wording (errors of open files carry no path). */
function whereFolder(error: NodeFsError, named: string, unnamed: string): string {
  const folder = folderOf(error);
  return folder === null ? unnamed : `${named} ${quote(folder)}`;
}

function quote(value: string): string {
  return `“${value}”`;
}

function describe(error: NodeFsError): string {
  return `${error.code}${error.syscall ? ` (${error.syscall})` : ''}${error.path ? `: ${error.path}` : ''}`;
}
