import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ChannelName } from '../../shared/contract';
import { access, roleRefusal, SIGN_IN_FIRST } from '../../shared/contract/access';
import { DOWNLOAD_PREFIX } from '../../shared/contract/transport';
import type { DownloadTicket } from '../../shared/exportFile';
import { UserFacingError } from '../../shared/result';
import { isConnectionLost } from '../db/constraintErrors';
import type { HandlerContext } from '../ipc/handlerTypes';
import { OFFLINE_MESSAGE } from '../offline/deskQueue';

/** How long a download address stays good: the screen starts the download the moment it has the address. */
export const DOWNLOAD_TTL_MS = 60_000;

export const DOWNLOAD_GONE = '내려받기 주소가 만료되었거나 이미 사용되었습니다. 화면에서 내려받기를 다시 눌러 주세요.';
export const DOWNLOAD_FOR_ANOTHER = '이 내려받기는 요청한 사람만 받을 수 있습니다. 요청한 사람이 로그인한 화면에서 다시 내려받으세요.';

/** A file written into its download as it is read from the records. */
export interface StreamedFile {
  fileName: string;
  mimeType: string;
  /**
   * Writes the whole file to `out`. `ctx` is the person fetching it, read fresh from the records when the
   * download starts: what is kept in the 접속기록 then names who took the file, when.
   */
  write(out: Writable, ctx: HandlerContext): Promise<void>;
}

interface Ticket extends StreamedFile {
  channel: ChannelName;
  staffId: number;
  expiresAt: number;
}

export type DownloadOpening =
  | { ok: true; channel: ChannelName; staffId: number; fileName: string; mimeType: string; write: (out: Writable) => Promise<void> }
  | { ok: false; status: number; message: string };

/** Who is at the PC for a channel now: the core's own checks (the idle lock, a signed-in person, the role read fresh). */
export type PersonAtDesk = (channel: ChannelName) => Promise<{ refused: string } | HandlerContext>;

/**
 * The one-time addresses of streamed downloads. A channel checks its input and the person's access as any
 * call does, then issues an address instead of carrying the file back: a random token, good once, for a
 * minute, and only for the person who asked, still signed in at this PC with a role that reaches the channel.
 * Nothing about the file is written until the address is fetched.
 */
export function downloadDesk(clock: () => number, personAtDesk: PersonAtDesk) {
  const tickets = new Map<string, Ticket>();
  const sweep = (now: number) => {
    for (const [token, ticket] of tickets) if (ticket.expiresAt <= now) tickets.delete(token);
  };

  return {
    issue(channel: ChannelName, ctx: HandlerContext, file: StreamedFile): DownloadTicket {
      if (!ctx.actor) throw new UserFacingError('forbidden', SIGN_IN_FIRST);
      const now = clock();
      sweep(now);
      const token = randomBytes(24).toString('base64url');
      tickets.set(token, { ...file, channel, staffId: ctx.actor.id, expiresAt: now + DOWNLOAD_TTL_MS });
      return { url: `${DOWNLOAD_PREFIX}${token}`, fileName: file.fileName };
    },

    /** The file behind a token, or why not. A token is spent by its first fetch, whatever the answer. */
    async open(token: string): Promise<DownloadOpening> {
      const ticket = tickets.get(token);
      tickets.delete(token);
      if (!ticket || ticket.expiresAt <= clock()) return { ok: false, status: 410, message: DOWNLOAD_GONE };
      let here: Awaited<ReturnType<PersonAtDesk>>;
      try {
        here = await personAtDesk(ticket.channel);
      } catch (error) {
        if (isConnectionLost(error)) return { ok: false, status: 503, message: OFFLINE_MESSAGE };
        throw error;
      }
      if ('refused' in here) return { ok: false, status: 403, message: here.refused };
      if (here.actor?.id !== ticket.staffId) return { ok: false, status: 403, message: DOWNLOAD_FOR_ANOTHER };
      // A role taken away since the address was issued counts at once.
      const refused = roleRefusal(access[ticket.channel], here.actor.role);
      if (refused) return { ok: false, status: 403, message: refused };
      return {
        ok: true,
        channel: ticket.channel,
        staffId: ticket.staffId,
        fileName: ticket.fileName,
        mimeType: ticket.mimeType,
        write: (out) => ticket.write(out, here),
      };
    },
  };
}

export type DownloadDesk = ReturnType<typeof downloadDesk>;
