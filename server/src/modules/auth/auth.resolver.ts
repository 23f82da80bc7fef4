import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kernel/context.js';
import { actorFromToken } from './session.service.js';
import { changePassword, login, logout } from './auth.service.js';
import { ChangePasswordInput, LoginInput, LoginPayload, Viewer } from './viewer.types.js';
import type { Actor } from '../../kernel/actor.js';

const viewerOf = (actor: Actor): Viewer | null =>
  actor.userId
    ? {
        id: actor.userId,
        name: actor.name ?? '',
        employeeId: actor.employeeId,
        roles: [...actor.roles] as Viewer['roles'],
      }
    : null;

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: Context): Viewer | null {
    return viewerOf(ctx.actor);
  }

  @Mutation(() => LoginPayload, {
    description: `Signs in and sets an httpOnly session cookie. After 5 failed attempts in a row the account locks for a while (ACCOUNT_LOCKED).`,
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'What to change; see the input type for each field.' })
    input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    const user = await login(ctx, input);
    const token = ctx.sessionCookie.pending();
    const actor = await actorFromToken(ctx.em, token);
    return { viewer: viewerOf(actor) ?? { id: user.id, name: user.displayName, employeeId: null, roles: [] } };
  }

  @Mutation(() => Boolean, {
    description: 'Signs out: ends the session and clears the cookie. True when a session ended.',
  })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }

  @Mutation(() => Boolean, { description: 'Changes the password of the signed-in user and ends their other sessions.' })
  changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'What to change; see the input type for each field.' })
    input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return changePassword(ctx, input);
  }
}
