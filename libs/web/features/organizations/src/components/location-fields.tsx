import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import {
  isRegionId,
  label,
  MUNICIPALITIES,
  municipalitiesInRegion,
  municipalityById,
  REGIONS,
  type MunicipalityId,
} from '@videnbro/domain';
import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Location } from '../lib/profile';

export interface LocationValue {
  location: Location;
  municipality: MunicipalityId | '';
  country: string;
  city: string;
}

export interface LocationFieldsProps {
  value: LocationValue;
  onChange: (next: Partial<LocationValue>) => void;
  regionError?: string;
  municipalityError?: string;
  countryError?: string;
  cityError?: string;
  onBlur: (field: 'country') => void;
  countryRef?: Ref<HTMLInputElement>;
}

/**
 * Where the organisation is: a region, then a municipality in it (or any municipality, which sets its
 * region: the region is derived from the municipality, never the other way round), or abroad with a
 * country code. The town is free text.
 */
export const LocationFields = memo(function LocationFields({
  value,
  onChange,
  onBlur,
  countryRef,
  regionError,
  municipalityError,
  countryError,
  cityError,
}: LocationFieldsProps) {
  const { t, i18n } = useTranslation('organizations');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const abroad = value.location === 'abroad';
  const regions = isRegionId(value.location)
    ? REGIONS.filter((region) => region.id === value.location)
    : REGIONS;

  const chooseRegion = (next: string) => {
    const location: Location = next === 'abroad' || isRegionId(next) ? next : '';
    const keepMunicipality =
      value.municipality && isRegionId(location)
        ? municipalityById(value.municipality)?.region === location
        : false;
    onChange({ location, municipality: keepMunicipality ? value.municipality : '' });
  };
  const chooseMunicipality = (next: string) => {
    const municipality = MUNICIPALITIES.find((m) => m.id === next);
    onChange(
      municipality ? { municipality: municipality.id, location: municipality.region } : { municipality: '' },
    );
  };

  return (
    <Fieldset legend={t('page.location')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('fields.region')}
          name="region"
          value={value.location}
          onChange={(event) => chooseRegion(event.currentTarget.value)}
          error={regionError}
          data-testid="region-select"
        >
          <option value="">{t('fields.regionPlaceholder')}</option>
          {REGIONS.map((region) => (
            <option key={region.id} value={region.id}>
              {label(region, locale)}
            </option>
          ))}
          <option value="abroad">{t('fields.abroad')}</option>
        </NativeSelect>
        {abroad ? (
          <TextInput
            ref={countryRef}
            label={t('fields.country')}
            description={t('fields.countryHint')}
            name="country"
            required
            maxLength={2}
            autoComplete="country"
            value={value.country}
            onChange={(event) => onChange({ country: event.currentTarget.value.toUpperCase() })}
            onBlur={() => onBlur('country')}
            error={countryError}
          />
        ) : (
          <NativeSelect
            label={t('fields.municipality')}
            name="municipality"
            value={value.municipality}
            onChange={(event) => chooseMunicipality(event.currentTarget.value)}
            error={municipalityError}
            data-testid="municipality-select"
          >
            <option value="">{t('fields.municipalityPlaceholder')}</option>
            {regions.map((region) => (
              <optgroup key={region.id} label={label(region, locale)}>
                {municipalitiesInRegion(region.id).map((municipality) => (
                  <option key={municipality.id} value={municipality.id}>
                    {municipality.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </NativeSelect>
        )}
        <TextInput
          label={t('fields.city')}
          name="city"
          autoComplete="address-level2"
          maxLength={100}
          value={value.city}
          onChange={(event) => onChange({ city: event.currentTarget.value })}
          error={cityError}
        />
      </SimpleGrid>
    </Fieldset>
  );
});
