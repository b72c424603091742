/**
 * The product file of a widget that shows one product (`cis` attribute, or a file the page gives
 * through `.data`, checked like a loaded one): loading, its state, and what the frame shows while
 * there is no file. Shared by <datamed-availability> and <datamed-product>.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ProductFile } from '../../data/contract.js';
import { toDatamedError, type DatamedError } from '../../data/errors.js';
import { checkCis } from '../../data/cis.js';
import { loadProduct } from '../../data/products.js';
import { sourceKey } from '../../data/repository.js';
import { validateProduct } from '../../data/validate-product.js';
import { LoadController, type LoadStatus } from './load-controller.js';
import { memo } from './memo.js';

export interface ProductHost extends ReactiveControllerHost {
  source?: string | undefined;
  cis?: string | undefined;
  data?: ProductFile | undefined;
}

export class ProductState {
  private readonly loader: LoadController<ProductFile>;

  constructor(
    private readonly host: ProductHost,
    events: { onReady: (file: ProductFile) => void; onError: (error: DatamedError) => void },
  ) {
    this.loader = new LoadController<ProductFile>(host, {
      key: () => {
        if (host.data || !host.cis?.trim()) return undefined;
        return `${sourceKey(host.source)}|${checkCis(host.cis)}`;
      },
      load: (signal) => loadProduct(host.source, host.cis!, signal),
      ...events,
    });
  }

  /** What is wrong with the `.data` the page gave, if anything (checked once per object). */
  private readonly dataProblem = memo((data: unknown): DatamedError | undefined => {
    try {
      validateProduct(data, '.data');
      return undefined;
    } catch (error) {
      return toDatamedError(error);
    }
  });

  /** The file shown: given through `.data` (when valid), else loaded. */
  get file(): ProductFile | undefined {
    const { data } = this.host;
    if (data) return this.dataProblem(data) ? undefined : data;
    return this.loader.value;
  }

  /** Status and error for the frame (a bad `.data` is an error too). */
  get state(): { status: LoadStatus; error: DatamedError | undefined } {
    const problem = this.host.data ? this.dataProblem(this.host.data) : undefined;
    if (problem) return { status: 'error', error: problem };
    if (this.host.data) return { status: 'ready', error: undefined };
    return { status: this.loader.status, error: this.loader.error };
  }

  retry(): void {
    this.loader.retry();
  }
}
