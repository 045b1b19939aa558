import { In, type DataSource, type Repository } from 'typeorm';
import { InkomensopgaveEntity, type Inkomensopgave } from '../entities/inkomensopgave.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** Reads and writes the income categories citizens declared. */
export class InkomensopgaveRepository {
  private readonly repo: Repository<Inkomensopgave>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(InkomensopgaveEntity);
  }

  /** The declarations of these citizens, in one query. Ids that are not UUIDs match nothing. */
  async findByBurgerIds(burgerIds: readonly string[]): Promise<Inkomensopgave[]> {
    const ids = [...new Set(burgerIds.filter(isUuid).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    return this.repo.findBy({ burgerId: In(ids) });
  }

  /** Inserts or replaces the declarations of these citizens, in one statement. */
  async upsert(opgaven: Inkomensopgave[]): Promise<void> {
    if (opgaven.length === 0) return;
    await this.repo.upsert(opgaven, { conflictPaths: ['burgerId'] });
  }
}
