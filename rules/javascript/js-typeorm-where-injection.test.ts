export async function findByEmail(email: string) {
  return dataSource.getRepository(User)
    .createQueryBuilder('user')
    // ruleid: js-typeorm-where-injection
    .where(`user.email = '${email}'`)
    .getOne();
}

export async function search(term: string, ownerId: number) {
  return repo.createQueryBuilder('post')
    .where('post.ownerId = :ownerId', { ownerId })
    // ruleid: js-typeorm-where-injection
    .andWhere("post.title LIKE '%" + term + "%'")
    .getMany();
}

export async function byIds(ids: string) {
  // ruleid: js-typeorm-where-injection
  return repo.createQueryBuilder('p').where(`p.id IN (${ids})`).getMany();
}

export async function findByEmail2(email: string) {
  return repo.createQueryBuilder('user')
    // ok: js-typeorm-where-injection
    .where('user.email = :email', { email })
    .getOne();
}

export async function byAlias(alias: string, email: string) {
  // ok: js-typeorm-where-injection
  return repo.createQueryBuilder(alias).where(`${alias}.email = :email`, { email }).getOne();
}

// ok: js-typeorm-where-injection
const visible = items.filter((i) => i.where === `${prefix}-zone`);
