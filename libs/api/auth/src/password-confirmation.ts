import { HttpStatus, Injectable } from '@nestjs/common';
import { fieldError } from '@videnbro/http';
import { User } from './entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { UsersService } from './users.service';

/** A 400 for a confirmation that does not match (the account is known: the caller is signed in). */
function wrongPassword(field: string) {
  return fieldError(HttpStatus.BAD_REQUEST, field, 'The password is not correct');
}

/**
 * The signed-in user's password, asked again before a sensitive change (email, password, erasure).
 * A wrong one counts as a failed sign-in of the account, so a stolen session cannot guess it any
 * faster than the sign-in form allows.
 */
@Injectable()
export class PasswordConfirmation {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** The user, when the password is theirs; else a 400 naming `field` (or a 429 while backing off). */
  async confirm(userId: string, password: string, ip: string, field: string): Promise<User> {
    const user = await this.users.get(userId);
    await this.throttle.assertAllowed(user.email, ip);
    if (!(await this.users.checkPassword(user, password))) {
      await this.throttle.recordFailure(user.email, ip);
      throw wrongPassword(field);
    }
    return user;
  }
}
