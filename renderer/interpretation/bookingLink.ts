import { dateRequestLink } from '../app/useDateRequest';

/** The hash parameter the 통역 지원 page answers by opening a booking on the date given. */
export const BOOK_ON = 'book';

export const bookingLink = (date: string) => dateRequestLink('/interpretation', BOOK_ON, date);
