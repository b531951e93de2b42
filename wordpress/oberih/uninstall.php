<?php
// Deleting the plugin removes its two options (the settings, the build last seen); it stores nothing else.
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'oberih_options' );
delete_option( 'oberih_build' );
