resource "azurerm_linux_web_app" "storefront" {
  name                = "contoso-storefront"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.web.id
  # ruleid: tf-azure-app-service-https-only-disabled
  https_only          = false

  site_config {
    minimum_tls_version = "1.2"
  }
}

# ruleid: tf-azure-app-service-https-only-disabled
resource "azurerm_windows_function_app" "invoices" {
  name                       = "contoso-invoices"
  resource_group_name        = azurerm_resource_group.billing.name
  location                   = azurerm_resource_group.billing.location
  service_plan_id            = azurerm_service_plan.billing.id
  storage_account_name       = azurerm_storage_account.billing.name
  storage_account_access_key = azurerm_storage_account.billing.primary_access_key

  site_config {}
}

resource "azurerm_linux_web_app_slot" "storefront_staging" {
  name           = "staging"
  app_service_id = azurerm_linux_web_app.storefront.id
  # ruleid: tf-azure-app-service-https-only-disabled
  https_only     = false

  site_config {}
}

resource "azurerm_linux_web_app" "api" {
  name                = "contoso-api"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.web.id
  # ok: tf-azure-app-service-https-only-disabled
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"
  }
}

resource "azurerm_linux_function_app" "worker" {
  name                       = var.function_name
  resource_group_name        = var.resource_group_name
  location                   = var.location
  service_plan_id            = var.service_plan_id
  storage_account_name       = var.storage_account_name
  storage_account_access_key = var.storage_account_access_key
  # ok: tf-azure-app-service-https-only-disabled
  https_only                 = var.https_only

  site_config {}
}

# ok: tf-azure-app-service-https-only-disabled
resource "azurerm_app_service_virtual_network_swift_connection" "api" {
  app_service_id = azurerm_linux_web_app.api.id
  subnet_id      = azurerm_subnet.integration.id
}

# ok: tf-azure-app-service-https-only-disabled
resource "azurerm_service_plan" "web" {
  name                = "contoso-web-plan"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}
