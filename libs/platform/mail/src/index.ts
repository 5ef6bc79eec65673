export { FileMailTransport, firstLink, renderMailFile, slugify } from './file-mail.transport';
export { escapeHtml, paragraphsMail } from './html';
export { createMailTransport, MailModule } from './mail.module';
export type { MailMessage } from './mail.port';
export { MailPort } from './mail.port';
export { SmtpMailTransport } from './smtp-mail.transport';
