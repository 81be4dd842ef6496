import type { TablePaginationConfig } from 'antd';
import { cloneElement, isValidElement, type ReactElement } from 'react';

const arrowNames: Record<string, string> = {
  prev: '上一页',
  next: '下一页',
  'jump-prev': '向前五页',
  'jump-next': '向后五页',
};

/**
 * A table's pages with every control named: antd's arrow buttons carry only an icon, so each gets its Chinese
 * name (the browser test refuses unnamed controls). One page: no pager at all.
 */
export function pagesOf(pageSize: number): TablePaginationConfig {
  return {
    pageSize,
    showSizeChanger: false,
    hideOnSinglePage: true,
    itemRender: (_page, type, element) => {
      const name = arrowNames[type];
      return name && isValidElement(element)
        ? cloneElement(element as ReactElement<{ 'aria-label'?: string }>, { 'aria-label': name })
        : element;
    },
  };
}
