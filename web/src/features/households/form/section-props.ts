import type { Rule } from 'antd/es/form';
import type { FormFieldName } from './form-errors';

/** What every section of the household form gets: the shared validation as an antd rule. */
export type SectionProps = {
  sharedRule: (name: FormFieldName) => Rule;
};
