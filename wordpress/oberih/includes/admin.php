<?php
/**
 * Settings → Oberih: the settings API (one option, its sanitiser in options.php), in the admin's language
 * (uk, ru, kk, else en) from locales/<lang>/wordpress.ftl, built into build.php.
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	function () {
		register_setting(
			'oberih',
			OBERIH_OPTION,
			// No 'default' here: update_option() takes a stored value equal to the registered default for a
			// missing option and adds it again, so the sanitiser runs twice and update_option_* hooks do not fire
			// (found by the test's cache-purge count). oberih_options() fills in the defaults instead.
			array(
				'type'              => 'array',
				'sanitize_callback' => 'oberih_sanitize',
			)
		);
		$sections = array(
			'place'    => array( 'wp-section-place', array( 'country', 'region', 'lang' ) ),
			'exit'     => array( 'wp-section-exit', array( 'exit_url', 'exit_position', 'position', 'history' ) ),
			'services' => array( 'wp-section-services', array( 'services' ) ),
		);
		$labels = array(
			'country'       => 'wp-country',
			'region'        => 'wp-region',
			'lang'          => 'wp-language',
			'exit_url'      => 'wp-exit-url',
			'exit_position' => 'wp-exit-position',
			'position'      => 'wp-launcher-position',
			'history'       => 'wp-history',
			'services'      => 'wp-services',
		);
		foreach ( $sections as $section => $spec ) {
			add_settings_section( 'oberih-' . $section, oberih_t( $spec[0] ), '__return_false', 'oberih' );
			foreach ( $spec[1] as $field ) {
				add_settings_field(
					'oberih-' . $field,
					oberih_t( $labels[ $field ] ),
					'oberih_field',
					'oberih',
					'oberih-' . $section,
					array(
						'field'     => $field,
						'label_for' => 'history' === $field ? null : 'oberih-' . $field,
					)
				);
			}
		}
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( oberih_t( 'wp-page-title' ), oberih_t( 'wp-menu' ), 'manage_options', 'oberih', 'oberih_page' );
	}
);

function oberih_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$lang = oberih_admin_lang();
	// Settings errors are printed by WordPress itself above this page (options-head.php).
	echo '<div class="wrap" lang="' . esc_attr( $lang ) . '"><h1>' . esc_html( oberih_t( 'wp-page-title' ) ) . '</h1>';
	echo '<p>' . esc_html( oberih_t( 'wp-intro' ) ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'oberih' );
	do_settings_sections( 'oberih' );
	submit_button( oberih_t( 'wp-save' ) );
	echo '</form></div>';
}

function oberih_select( $field, $choices, $current ) {
	$name = OBERIH_OPTION . '[' . $field . ']';
	echo '<select id="oberih-' . esc_attr( $field ) . '" name="' . esc_attr( $name ) . '">';
	foreach ( $choices as $value => $label ) {
		if ( is_array( $label ) ) { // A group of choices: the regions of one country.
			echo '<optgroup label="' . esc_attr( $value ) . '">';
			foreach ( $label as $v => $l ) {
				echo '<option value="' . esc_attr( $v ) . '"' . selected( $current, $v, false ) . '>' . esc_html( $l ) . '</option>';
			}
			echo '</optgroup>';
		} else {
			echo '<option value="' . esc_attr( $value ) . '"' . selected( $current, $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
	}
	echo '</select>';
}

function oberih_field( $args ) {
	$options = oberih_options();
	$field   = $args['field'];
	$name    = OBERIH_OPTION . '[' . $field . ']';
	$regions = oberih_build()['regions'];
	$corners = array( '' => oberih_t( 'wp-position-default' ) );
	foreach ( OBERIH_POSITIONS as $p ) {
		$corners[ $p ] = oberih_t( 'wp-position-' . $p );
	}
	switch ( $field ) {
		case 'country':
			$choices = array( '' => oberih_t( 'wp-country-none' ) );
			foreach ( array_keys( $regions ) as $cc ) {
				$choices[ $cc ] = oberih_t( 'country-' . strtolower( $cc ) ) . ' (' . $cc . ')';
			}
			oberih_select( $field, $choices, $options[ $field ] );
			break;
		case 'region':
			$choices = array( '' => oberih_t( 'wp-region-none' ) );
			foreach ( $regions as $cc => $codes ) {
				$group = array();
				foreach ( $codes as $code ) {
					$group[ $code ] = oberih_t( 'region-' . strtolower( $code ) ) . ' (' . $code . ')';
				}
				$choices[ oberih_t( 'country-' . strtolower( $cc ) ) ] = $group;
			}
			oberih_select( $field, $choices, $options[ $field ] );
			break;
		case 'lang':
			$choices = array( '' => oberih_t( 'wp-language-auto' ) );
			foreach ( oberih_build()['languages'] as $code => $own_name ) {
				$choices[ $code ] = $own_name;
			}
			oberih_select( $field, $choices, $options[ $field ] );
			break;
		case 'exit_url':
			echo '<input type="url" class="regular-text code" id="oberih-exit_url" name="' . esc_attr( $name ) . '" value="' . esc_attr( $options[ $field ] ) . '" placeholder="' . esc_attr( OBERIH_DEFAULT_EXIT ) . '" aria-describedby="oberih-exit_url-help">';
			echo '<p class="description" id="oberih-exit_url-help">' . esc_html( oberih_t( 'wp-exit-url-help', array( 'default' => OBERIH_DEFAULT_EXIT ) ) ) . '</p>';
			break;
		case 'exit_position':
		case 'position':
			oberih_select( $field, $corners, $options[ $field ] );
			break;
		case 'history':
			echo '<label><input type="checkbox" id="oberih-history" name="' . esc_attr( $name ) . '" value="1"' . checked( $options[ $field ], true, false ) . '> ' . esc_html( oberih_t( 'wp-history-label' ) ) . '</label>';
			break;
		case 'services':
			// After a refused save, the text that was refused (the saved services are unchanged).
			$key      = 'oberih_rejected_services_' . get_current_user_id();
			$rejected = get_transient( $key );
			if ( false !== $rejected ) {
				delete_transient( $key );
				$options[ $field ] = $rejected;
			}
			echo '<textarea class="large-text code" rows="12" id="oberih-services" name="' . esc_attr( $name ) . '" aria-describedby="oberih-services-help" spellcheck="false">' . esc_textarea( $options[ $field ] ) . '</textarea>';
			echo '<p class="description" id="oberih-services-help">' . esc_html( oberih_t( 'wp-services-help' ) ) . '</p>';
			break;
	}
}
