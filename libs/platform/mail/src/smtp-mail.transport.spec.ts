import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { createMailTransport } from './mail.module';
import { FileMailTransport } from './file-mail.transport';
import { SmtpMailTransport } from './smtp-mail.transport';

/** A minimal SMTP server speaking just enough of RFC 5321 to receive one plain message per session. */
function startSmtpServer(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 OK queued\r\n');
          continue;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd < 0) return;
        const line = buffer.slice(0, lineEnd).toUpperCase();
        buffer = buffer.slice(lineEnd + 2);
        if (line.startsWith('EHLO')) socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (line.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (line.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, received }),
    ),
  );
}

describe('SmtpMailTransport', () => {
  it('delivers the message over SMTP with the configured sender', async () => {
    const { server, port, received } = await startSmtpServer();
    const transport = new SmtpMailTransport(`smtp://127.0.0.1:${port}`, 'Videnbro <no-reply@videnbro.dk>');
    try {
      await transport.send({
        to: 'anna@firma.dk',
        subject: 'Invitation',
        text: 'Open https://videnbro.dk/invitations/x',
        html: '<p>Open</p>',
      });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/^From: Videnbro <no-reply@videnbro\.dk>/m);
      expect(received[0]).toMatch(/^To: anna@firma\.dk/m);
      expect(received[0]).toMatch(/^Subject: Invitation/m);
      expect(received[0]).toContain('https://videnbro.dk/invitations/x');
      expect(received[0]).toContain('text/html');
    } finally {
      transport.onModuleDestroy();
      server.close();
    }
  });
});

describe('createMailTransport', () => {
  const base = { env: 'development' as const, dataDir: '/tmp/x' };

  it('writes files without SMTP_URL and uses SMTP with it', () => {
    expect(createMailTransport({ ...base, mail: { smtpUrl: undefined, from: 'a <a@b.dk>' } })).toBeInstanceOf(
      FileMailTransport,
    );
    const smtp = createMailTransport({
      ...base,
      mail: { smtpUrl: 'smtp://127.0.0.1:1', from: 'a <a@b.dk>' },
    });
    expect(smtp).toBeInstanceOf(SmtpMailTransport);
    (smtp as SmtpMailTransport).onModuleDestroy();
  });
});
