/** One outgoing message. `text` is always sent; `html` is its optional rich twin. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * The one way the platform sends mail. Features depend on this class only; MailModule provides the
 * transport the configuration asks for (files in development and tests, SMTP in production).
 */
export abstract class MailPort {
  abstract send(message: MailMessage): Promise<void>;
}
