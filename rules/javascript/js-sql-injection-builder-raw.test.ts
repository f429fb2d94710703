import knex from './db';
import { Sequelize, Op } from 'sequelize';

export async function products(req: Request) {
  // ruleid: js-sql-injection-builder-raw
  return knex('products').whereRaw(`price > ${req.query.min} AND hidden = false`);
}

export async function sorted(column: string, dir: string) {
  // ruleid: js-sql-injection-builder-raw
  return knex('users').select('*').orderByRaw(column + ' ' + dir);
}

export async function withScore(sequelize: Sequelize, term: string) {
  return Post.findAll({
    attributes: {
      // ruleid: js-sql-injection-builder-raw
      include: [[sequelize.literal(`(SELECT COUNT(*) FROM likes WHERE likes.postId = Post.id AND likes.tag = '${term}')`), 'score']],
    },
  });
}

export async function products2(min: number) {
  // ok: js-sql-injection-builder-raw
  return knex('products').whereRaw('price > ? AND hidden = false', [min]);
}

export async function sorted2(column: string) {
  // ok: js-sql-injection-builder-raw
  return knex('users').orderByRaw('?? DESC', [column]);
}

// ok: js-sql-injection-builder-raw
export const Kind = z.literal(`kind-${VERSION}`);
